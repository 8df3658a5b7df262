package vn.covid.briefing.briefing.render;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * How the template's expressions ({@code ${b.caption}}, OGNL in Thymeleaf) read a property of the page's
 * records: the method found once per record type and name, then called. OGNL's own accessor searches the
 * type's methods again, and checks them against Thymeleaf's list of forbidden members, at every access (a
 * few per cent of a country's re-run). The method is the one OGNL would find: {@code getX()}, {@code isX()},
 * then {@code x()}; anything else goes to OGNL's own accessor.
 */
final class RecordProperties extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Optional<Method>>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private RecordProperties() {
    }

    /** For every record (OGNL takes the accessor of a type's nearest superclass that has one). */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordProperties());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target != null && name instanceof String property && !property.isEmpty()) {
            Optional<Method> reader = READERS.get(target.getClass())
                .computeIfAbsent(property, p -> reader(target.getClass(), p));
            if (reader.isPresent()) {
                try {
                    return reader.get().invoke(target);
                }
                catch (ReflectiveOperationException e) {
                    throw new OgnlException(property + " of " + target.getClass().getSimpleName(), e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }

    private static Optional<Method> reader(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("get" + capitalised, "is" + capitalised, property)) {
            try {
                Method method = type.getMethod(name);
                if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class
                        && method.trySetAccessible()) {
                    return Optional.of(method);
                }
            }
            catch (NoSuchMethodException e) {
                // the next way of naming it
            }
        }
        return Optional.empty();
    }
}
