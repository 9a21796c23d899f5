package org.coffeechat.model;

/** The stage of a relationship an outreach message is for. In YAML, lower case with dashes. */
public enum TemplateKind { REQUEST, CONFIRMATION, FOLLOW_UP, THANK_YOU, CHECK_IN, REFERRAL, REFERRER_UPDATE }
