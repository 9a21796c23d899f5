/**
 * The files of a student's personal guide, other than the PDF: the HTML pages and the timeline
 * picture (rendered from {@link org.coffeechat.view.personal.PersonalGuide} with the theme's
 * {@code personal/} templates), the contacts tracker as CSV and XLSX, and the plan as an
 * iCalendar file. Each is made as bytes from the plan; {@link org.coffeechat.output} writes them.
 * Every byte depends only on the inputs and the build timestamp, never on the clock.
 */
package org.coffeechat.personal;
