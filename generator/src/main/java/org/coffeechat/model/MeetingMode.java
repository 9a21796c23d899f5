package org.coffeechat.model;

/** How a meeting happens. In YAML, lower case with dashes. */
public enum MeetingMode { IN_PERSON, PHONE, VIDEO }
