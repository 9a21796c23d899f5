package org.coffeechat.personalize;

import java.util.Optional;

/**
 * One thing to look up before meeting a contact.
 *
 * @param link a web address to start from, when the profile has one
 */
public record ResearchItem(Topic topic, String text, Optional<String> link) {

    /** What the item is about; the checklist goes person, organisation, industry (or organisation first, by setting). */
    public enum Topic {
        PERSON("The person"), ORGANISATION("The organisation"), INDUSTRY("The industry"),
        QUESTIONS("For your questions");

        private final String title;

        Topic(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
