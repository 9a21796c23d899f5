package org.coffeechat.model;

/** Where a student is in their search; questions are tagged with the stages they suit. In YAML, lower case with dashes. */
public enum Stage { EXPLORING, RESEARCHING, INTERNSHIP, JOB_SEARCH, CAREER_CHANGE }
