package org.coffeechat.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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

    /** A record component's name and its accessor, looked up once per record class. */
    private record Component(String name, MethodHandle accessor) {
        Object read(Record record) {
            try {
                return accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read view field " + name, e);
            }
        }
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] out = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    MethodHandle accessor = MethodHandles.lookup().unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Record.class));
                    out[i] = new Component(components[i].getName(), accessor);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read view field " + components[i].getName(), e);
                }
            }
            return out;
        }
    };

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
            Component[] components = COMPONENTS.get(record.getClass());
            var out = new LinkedHashMap<String, Object>(components.length * 2);
            for (Component component : components) {
                Object v = of(component.read(record));
                if (v != null) {
                    out.put(component.name(), v);
                }
            }
            return out;
        }
        throw new IllegalArgumentException("a template cannot be given a " + value.getClass().getName());
    }
}
