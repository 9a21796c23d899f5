/**
 * View models: the small records templates see, built from the content model for one output
 * page each (links in them are already relative to that page). Templates never see loaders,
 * services or model internals; {@link org.coffeechat.render.TemplateModels} turns these records
 * into plain hashes and lists.
 */
package org.coffeechat.view;
