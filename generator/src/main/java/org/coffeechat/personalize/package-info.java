/**
 * From curated content and one student's profile to their personal plan: for each contact the
 * questions to ask (chosen and explained), the outreach drafts filled in, a research checklist,
 * a tailored self-introduction and a dated plan. Pure functions: no files, no clock ("today" is
 * an argument), so every rule is tested with fixed inputs. Start at
 * {@link org.coffeechat.personalize.Personalizer#plan}.
 */
package org.coffeechat.personalize;
