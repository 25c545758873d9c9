package dev.warden.agent.session;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;

/**
 * The request facts a policy condition can test about a guarded call's arguments:
 * {@code arg.size}, the total characters of text passed in (strings, char sequences, objects with a
 * public {@code text()} method such as LangChain4j documents, and collections or arrays of them),
 * and {@code arg.count}, how many such texts there were.
 */
final class ArgumentFacts {

    static final String SIZE = "arg.size";
    static final String COUNT = "arg.count";

    private static final int MAX_ELEMENTS = 100_000;

    // Looked up once per class: no reflection on the hot path after the first call.
    private static final ClassValue<Optional<MethodHandle>> TEXT_ACCESSOR = new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
            try {
                Method text = type.getMethod("text");
                if (text.getReturnType() != String.class || !Modifier.isPublic(text.getDeclaringClass().getModifiers())) {
                    return Optional.empty();
                }
                return Optional.of(MethodHandles.publicLookup().findVirtual(text.getDeclaringClass(), "text",
                    MethodType.methodType(String.class)));
            } catch (ReflectiveOperationException | SecurityException e) {
                return Optional.empty();
            }
        }
    };

    private long size;
    private long count;

    private ArgumentFacts() {
    }

    static Map<String, Object> of(Object[] arguments) {
        ArgumentFacts facts = new ArgumentFacts();
        if (arguments != null) {
            for (Object argument : arguments) {
                facts.add(argument, true);
            }
        }
        return Map.of(SIZE, facts.size, COUNT, facts.count);
    }

    private void add(Object value, boolean descend) {
        if (value == null) {
            return;
        }
        if (value instanceof CharSequence text) {
            size += text.length();
            count++;
        } else if (descend && value instanceof Iterable<?> items) {
            int seen = 0;
            for (Object item : items) {
                if (++seen > MAX_ELEMENTS) {
                    break;
                }
                add(item, false);
            }
        } else if (descend && value instanceof Object[] items) {
            for (int i = 0; i < Math.min(items.length, MAX_ELEMENTS); i++) {
                add(items[i], false);
            }
        } else {
            addText(value);
        }
    }

    private void addText(Object value) {
        Optional<MethodHandle> accessor = TEXT_ACCESSOR.get(value.getClass());
        if (accessor.isEmpty()) {
            return;
        }
        try {
            String text = (String) accessor.get().invoke(value);
            if (text != null) {
                size += text.length();
                count++;
            }
        } catch (Throwable ignored) {
            // an accessor that throws tells us nothing about the size: leave the facts as they are
        }
    }
}
