package org.coffeechat.model;

/** When a piece of advice applies: before, during or after the meeting. In YAML, lower case. */
public enum Phase { BEFORE, DURING, AFTER }
