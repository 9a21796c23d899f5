package org.coffeechat.model.profile;

/** How much the student wants this conversation. In YAML, lower case. */
public enum Priority { HIGH, MEDIUM, LOW }
