package org.coffeechat.model;

/** How firm an etiquette rule is. In YAML, lower case with dashes. */
public enum Firmness { MUST, SHOULD, CONSIDER }
