package org.coffeechat.model.profile;

/** The student's LinkedIn account: a premium account may write longer connection notes. In YAML, lower case. */
public enum LinkedInAccount { NONE, BASIC, PREMIUM }
