package org.coffeechat.model;

/** The TIARA pattern of questions (trends, insights, advice, resources, assignments). In YAML, lower case. */
public enum Tiara { TRENDS, INSIGHTS, ADVICE, RESOURCES, ASSIGNMENTS }
