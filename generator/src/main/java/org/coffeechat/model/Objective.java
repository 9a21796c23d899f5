package org.coffeechat.model;

/** The three things an informational interview is for. In YAML, lower case with dashes. */
public enum Objective { INFORMATION, INSIGHT, RELATIONSHIP }
