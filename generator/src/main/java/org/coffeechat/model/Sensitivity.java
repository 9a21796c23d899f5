package org.coffeechat.model;

/** The topic that makes a question sensitive (ask it only if the moment is right). In YAML, lower case. */
public enum Sensitivity { COMPENSATION, WORKLOAD, RESUME, PERSONAL }
