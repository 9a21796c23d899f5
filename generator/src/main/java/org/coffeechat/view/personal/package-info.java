/**
 * The personal guide as views: {@link org.coffeechat.view.personal.PersonalGuide} is built once
 * from a student's plan by {@link org.coffeechat.view.personal.PersonalGuideBuilder} (pure) and
 * rendered to HTML by the personal guide's templates and to PDF by the print templates. Every
 * value is text ready to show; templates escape it.
 */
package org.coffeechat.view.personal;
