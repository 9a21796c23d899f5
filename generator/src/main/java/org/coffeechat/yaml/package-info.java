/**
 * Reading a user's YAML (YAML 1.2, through Jackson 3) into a small tree that remembers where
 * each key and value stands, and a strict reader over it that reports unknown keys, wrong types
 * and missing fields with their locations. Content, site config and profiles all read through it.
 */
package org.coffeechat.yaml;
