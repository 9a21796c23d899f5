package org.coffeechat.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coffeechat.model.Html;

/**
 * Turns view records into what templates may see: hashes, lists, text, numbers and booleans.
 * {@link Html} becomes markup that Freemarker prints without escaping; an empty {@link Optional}
 * becomes a missing value (test it with {@code ??}). Nothing else reaches a template.
 */
public final class TemplateModels {

    private TemplateModels() {
    }

    public static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof Html html) {
            try {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(TemplateModels::of).orElse(null);
        }
        if (value instanceof Collection<?> collection) {
            var out = new ArrayList<Object>(collection.size());
            for (Object item : collection) {
                out.add(of(item));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        if (value instanceof Record record) {
            var out = new LinkedHashMap<String, Object>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object v = of(component.getAccessor().invoke(record));
                    if (v != null) {
                        out.put(component.getName(), v);
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read view field " + component.getName(), e);
                }
            }
            return out;
        }
        throw new IllegalArgumentException("a template cannot be given a " + value.getClass().getName());
    }
}
