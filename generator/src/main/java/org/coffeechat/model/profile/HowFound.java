package org.coffeechat.model.profile;

/** How the student found a contact. In YAML, lower case with dashes. */
public enum HowFound {
    ALUMNI_NETWORK, REFERRAL, LINKEDIN, PROFESSIONAL_ASSOCIATION, PROFESSOR, SUPERVISOR, FAMILY_OR_FRIEND, EVENT, OTHER
}
