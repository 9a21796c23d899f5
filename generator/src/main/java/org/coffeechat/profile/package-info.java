/**
 * A student's profile file: reading it strictly ({@link org.coffeechat.profile.ProfileLoader}),
 * checking it against the JSON Schema shipped in the jar ({@link org.coffeechat.profile.ProfileSchema})
 * and against the content ({@link org.coffeechat.profile.ProfileChecks}), and the commented
 * starter file that {@code coffeechat new-profile} writes ({@link org.coffeechat.profile.StarterProfile}).
 */
package org.coffeechat.profile;
