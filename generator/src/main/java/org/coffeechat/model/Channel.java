package org.coffeechat.model;

/** How an outreach message is sent. In YAML, lower case with dashes. */
public enum Channel { EMAIL, LINKEDIN_NOTE, LINKEDIN_MESSAGE, PHONE, LETTER, INTRODUCTION }
