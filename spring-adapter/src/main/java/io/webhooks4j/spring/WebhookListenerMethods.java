package io.webhooks4j.spring;

import io.webhooks4j.Delivery;
import io.webhooks4j.DeliveryHandler;
import io.webhooks4j.EventType;
import io.webhooks4j.ReplyingHandler;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.WebhookProvider;
import java.lang.System.Logger.Level;
import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds {@link WebhookListener} methods on the beans of a factory and works out, from each method's parameter
 * type and the annotation's names, which event types it handles.
 */
final class WebhookListenerMethods {
    private static final System.Logger LOG = System.getLogger(WebhookListenerMethods.class.getName());
    private final ProviderCatalogue catalogue;
    private final Map<String, WebhookProvider<?>> configured;

    /** One listener method and the event types it handles. */
    record Listener(
            String beanName,
            Method method,
            String description,
            List<EventType<?>> types,
            boolean replying,
            boolean withDelivery,
            boolean unhandled) {}

    WebhookListenerMethods(ProviderCatalogue catalogue, Map<String, WebhookProvider<?>> configured) {
        this.catalogue = catalogue;
        this.configured = configured;
    }

    /** Every listener method of every bean of {@code beanFactory}, resolved; throws on the first mistake. */
    List<Listener> find(ConfigurableListableBeanFactory beanFactory) {
        List<Listener> listeners = new ArrayList<>();
        for (String beanName : beanFactory.getBeanNamesForType(Object.class, true, false)) {
            if (ScopedProxyUtils.isScopedTarget(beanName)) {
                continue;
            }
            Class<?> beanType;
            try {
                beanType = beanFactory.getType(beanName, false);
            } catch (RuntimeException e) {
                continue;
            }
            if (beanType == null) {
                continue;
            }
            Class<?> userType = ClassUtils.getUserClass(beanType);
            if (!AnnotationUtils.isCandidateClass(userType, WebhookListener.class)) {
                continue;
            }
            Map<Method, WebhookListener> methods;
            try {
                methods =
                        MethodIntrospector.selectMethods(userType, (MethodIntrospector.MetadataLookup<WebhookListener>)
                                m -> AnnotatedElementUtils.findMergedAnnotation(m, WebhookListener.class));
            } catch (RuntimeException | LinkageError e) {
                // as Spring's @EventListener processing: a class whose methods cannot be read (an optional
                // dependency missing) holds no listener we could call
                LOG.log(Level.DEBUG, () -> "Could not read the methods of bean '" + beanName + "': " + e);
                continue;
            }
            methods.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(
                            (a, b) -> a.toGenericString().compareTo(b.toGenericString())))
                    .forEach(e -> listeners.add(
                            resolve(beanName, AopUtils.selectInvocableMethod(e.getKey(), beanType), e.getValue())));
        }
        return listeners;
    }

    /** Resolves one method: which event types, replying or not. */
    Listener resolve(String beanName, Method method, WebhookListener annotation) {
        String description = describe(method);
        int count = method.getParameterCount();
        boolean withDelivery = count == 2 && method.getParameterTypes()[1] == Delivery.class;
        if (count == 0 || count > 2 || (count == 2 && !withDelivery)) {
            throw mismatch(
                    description + " must take the event, and optionally the Delivery as a second parameter",
                    "Give it one parameter naming the provider and payload, such as "
                            + examples()
                            + ", and if it needs the delivery's metadata (key id, delivery id, headers) an "
                            + "io.webhooks4j.Delivery after it.");
        }
        Class<?> returnType = method.getReturnType();
        boolean replying = WebhookReply.class.isAssignableFrom(returnType);
        if (!replying && returnType != void.class && returnType != Void.class) {
            throw mismatch(
                    description + " returns " + returnType.getSimpleName() + ", which webhooks4j cannot send back",
                    "Return void, or a WebhookReply (the reply document the provider expects) to answer the delivery with it.");
        }
        boolean unhandled = annotation.unhandled();
        if (replying && (withDelivery || unhandled)) {
            throw mismatch(
                    description + " returns a reply and " + (unhandled ? "is unhandled = true" : "takes the Delivery")
                            + ": a handler that answers with a reply gets the event only",
                    unhandled
                            ? "Return void from an unhandled listener (such deliveries are acknowledged with 200)."
                            : "Drop the Delivery parameter, or return void.");
        }
        if (unhandled && annotation.value().length > 0) {
            throw mismatch(
                    description + " is unhandled = true and names event types " + List.of(annotation.value())
                            + ": it runs for the deliveries no typed handler matched, whatever their type",
                    "Remove the names (a listener for named types is an ordinary @WebhookListener), or unhandled.");
        }
        ResolvableType parameter = ResolvableType.forMethodParameter(method, 0);
        Class<?> raw = parameter.toClass();
        Class<?> payload = payloadClass(method.getGenericParameterTypes()[0]);

        Map<String, Boolean> matches = new LinkedHashMap<>(); // provider id -> envelope (true) or subtype
        Map<String, Class<?>> envelopes = new LinkedHashMap<>();
        for (String id : catalogue.ids()) {
            ProviderDescriptor descriptor = catalogue.descriptor(id);
            if (descriptor == null) {
                continue;
            }
            Class<?> eventClass = descriptor.eventClass();
            envelopes.put(id, eventClass);
            if (raw.isAssignableFrom(eventClass)) {
                matches.put(id, true);
            } else if (eventClass.isAssignableFrom(raw)) {
                matches.put(id, false);
            }
        }
        String parameterText = typeName(method.getGenericParameterTypes()[0]);
        if (matches.isEmpty()) {
            throw mismatch(
                    description + " takes " + parameterText + ", which is not the event of any webhook provider on "
                            + "the class path" + (envelopes.isEmpty() ? " (none is)" : " " + describe(envelopes)),
                    "Take the event of a provider (" + String.join(", ", simpleNames(envelopes)) + ") or one of its"
                            + " request kinds, and add the provider's module ("
                            + WebhooksSetupException.moduleOf("<id>") + ") to the dependencies.");
        }
        if (unhandled) {
            return new Listener(beanName, method, description, List.of(), false, withDelivery, true);
        }
        String[] names = annotation.value();
        List<EventType<?>> types = names.length == 0
                ? everyFitting(description, parameterText, raw, payload, matches)
                : named(description, parameterText, raw, payload, matches, names);
        return new Listener(beanName, method, description, List.copyOf(types), replying, withDelivery, false);
    }

    private List<EventType<?>> everyFitting(
            String description, String parameterText, Class<?> raw, Class<?> payload, Map<String, Boolean> matches) {
        List<EventType<?>> types = new ArrayList<>();
        boolean several = matches.size() > 1;
        for (Map.Entry<String, Boolean> match : matches.entrySet()) {
            String id = match.getKey();
            if (several && !configured.containsKey(id)) {
                continue; // a listener for "any provider" covers the configured ones
            }
            if (match.getValue() && payload == Object.class) {
                types.add(EventType.any(id));
                continue;
            }
            Predicate<EventType<?>> fits = fits(match.getValue(), raw, payload);
            catalogue.eventTypes(id).values().stream().filter(fits).forEach(types::add);
        }
        if (types.isEmpty()) {
            throw mismatch(
                    description + " takes " + parameterText + ", but no event type of "
                            + String.join(" or ", matches.keySet()) + " carries that payload",
                    "Take a payload type of the provider's catalogue, or name the event types in "
                            + "@WebhookListener(\"...\") and take their payload.");
        }
        return types;
    }

    private List<EventType<?>> named(
            String description,
            String parameterText,
            Class<?> raw,
            Class<?> payload,
            Map<String, Boolean> matches,
            String[] names) {
        Set<EventType<?>> types = new LinkedHashSet<>();
        for (String given : names) {
            String name = given.strip();
            String qualifier = null;
            int colon = name.indexOf(':');
            if (colon > 0 && catalogue.ids().contains(name.substring(0, colon))) {
                qualifier = name.substring(0, colon);
                name = name.substring(colon + 1);
            }
            if (EventType.ANY.equals(name)) {
                for (String id : matches.keySet()) {
                    if ((qualifier == null || qualifier.equals(id)) && matches.get(id)) {
                        types.add(EventType.any(id));
                    }
                }
                continue;
            }
            List<EventType<?>> found = new ArrayList<>();
            for (String id : matches.keySet()) {
                EventType<?> type = catalogue.eventTypes(id).get(name);
                if (type != null && (qualifier == null || qualifier.equals(id))) {
                    found.add(type);
                }
            }
            if (found.isEmpty()) {
                throw notFound(description, parameterText, given, name, qualifier, matches.keySet());
            }
            if (found.size() > 1) {
                throw mismatch(
                        description + " names '" + name + "', an event type of "
                                + found.stream().map(EventType::provider).collect(Collectors.joining(" and ")),
                        "Qualify the name with its provider, such as '" + found.get(0) + "'.");
            }
            EventType<?> type = found.get(0);
            if (!fits(matches.get(type.provider()), raw, payload).test(type)) {
                throw mismatch(
                        description + " names '" + type.name() + "', whose " + type.provider()
                                + " payload is " + type.payloadType().getSimpleName() + ", but it takes "
                                + parameterText,
                        "Change the parameter to receive " + type.payloadType().getSimpleName()
                                + " (or a supertype), or name event types whose payload is "
                                + (matches.get(type.provider()) ? payload.getSimpleName() : raw.getSimpleName())
                                + ".");
            }
            types.add(type);
        }
        return new ArrayList<>(types);
    }

    private WebhooksSetupException notFound(
            String description,
            String parameterText,
            String given,
            String name,
            @Nullable String qualifier,
            Set<String> candidates) {
        List<EventType<?>> elsewhere =
                catalogue.allTypes().stream().filter(t -> t.name().equals(name)).toList();
        if (!elsewhere.isEmpty()) {
            return mismatch(
                    description + " names '" + given + "', an event type of "
                            + elsewhere.stream().map(EventType::provider).collect(Collectors.joining(" and "))
                            + ", but it takes " + parameterText + ", an event of "
                            + String.join(" or ", qualifier == null ? candidates : Set.of(qualifier)),
                    "Take the event type of " + elsewhere.get(0).provider()
                            + " as the parameter, or name an event type of " + String.join(" or ", candidates) + ".");
        }
        List<String> suggestions = suggestions(name, qualifier == null ? candidates : Set.of(qualifier));
        return new WebhooksSetupException(
                WebhooksSetupException.Kind.UNKNOWN_EVENT_TYPE,
                description + " names event type '" + given + "', which is in no webhook provider's catalogue"
                        + " (searched: " + String.join(", ", catalogue.ids()) + ")",
                (suggestions.isEmpty() ? "" : "Did you mean " + String.join(" or ", quoted(suggestions)) + "? ")
                        + "Use a name from the provider's catalogue (the event type constants of "
                        + catalogue.descriptors().stream()
                                .map(d -> d.displayName() + "'s")
                                .collect(Collectors.joining(", "))
                        + " catalogue class) exactly as the provider spells it.");
    }

    private List<String> suggestions(String name, Set<String> providers) {
        String lower = name.toLowerCase(Locale.ROOT);
        return providers.stream()
                .flatMap(id -> catalogue.eventTypes(id).keySet().stream())
                .filter(n -> WebhooksPropertyCheck.distance(lower, n.toLowerCase(Locale.ROOT))
                        <= Math.max(2, name.length() / 5))
                .sorted((a, b) -> Integer.compare(
                        WebhooksPropertyCheck.distance(lower, a), WebhooksPropertyCheck.distance(lower, b)))
                .limit(3)
                .toList();
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }

    private static Predicate<EventType<?>> fits(boolean envelope, Class<?> raw, Class<?> payload) {
        if (envelope) {
            return type -> payload == Object.class || payload.isAssignableFrom(type.payloadType());
        }
        return type -> raw.isAssignableFrom(type.payloadType());
    }

    /** The first type argument of a parameterised parameter (the payload), {@code Object} when open. */
    private static Class<?> payloadClass(Type parameter) {
        if (!(parameter instanceof ParameterizedType parameterized)) {
            return Object.class;
        }
        Type[] arguments = parameterized.getActualTypeArguments();
        if (arguments.length == 0) {
            return Object.class;
        }
        Type argument = arguments[0];
        if (argument instanceof WildcardType wildcard) {
            Type[] upper = wildcard.getUpperBounds();
            argument = upper.length == 0 ? Object.class : upper[0];
        }
        Class<?> resolved = ResolvableType.forType(argument).resolve();
        return resolved == null ? Object.class : resolved;
    }

    /** The envelopes of the discovered providers, as examples of a parameter: {@code Event<...>, Request}. */
    private String examples() {
        List<String> names = new ArrayList<>();
        for (String id : catalogue.ids()) {
            ProviderDescriptor descriptor = catalogue.descriptor(id);
            if (descriptor != null) {
                Class<?> envelope = descriptor.eventClass();
                names.add(envelope.getSimpleName() + (envelope.getTypeParameters().length > 0 ? "<...>" : ""));
            }
        }
        return names.isEmpty()
                ? "a provider's event class (no provider is on the class path)"
                : String.join(", ", names);
    }

    private static WebhooksSetupException mismatch(String description, String action) {
        return new WebhooksSetupException(WebhooksSetupException.Kind.LISTENER_MISMATCH, description, action);
    }

    private static String describe(Map<String, Class<?>> envelopes) {
        return "("
                + envelopes.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue().getSimpleName())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static List<String> simpleNames(Map<String, Class<?>> envelopes) {
        return envelopes.values().stream().map(Class::getSimpleName).toList();
    }

    static String describe(Method method) {
        return "@WebhookListener " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getGenericParameterTypes())
                        .map(WebhookListenerMethods::typeName)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** {@code io.x.StripeEvent<io.x.Invoice>} as {@code StripeEvent<Invoice>}. */
    static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + "<"
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(WebhookListenerMethods::typeName)
                            .collect(Collectors.joining(", "))
                    + ">";
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + typeName(w.getLowerBounds()[0]);
            }
            Type[] upper = w.getUpperBounds();
            return upper.length == 0 || upper[0] == Object.class ? "?" : "? extends " + typeName(upper[0]);
        }
        return type.getTypeName();
    }

    /**
     * Calls a listener method on its bean, looked up on each delivery (so the bean may depend on {@code
     * Webhooks} itself). The same event is passed once even when it matches several of the method's keys
     * (GitHub routes {@code pull_request.opened} under {@code pull_request} too).
     */
    static final class Invoker implements ReplyingHandler<WebhookEvent>, DeliveryHandler<WebhookEvent> {
        private final BeanFactory beanFactory;
        private final String beanName;
        private final Method method;
        private final Class<?> parameterType;
        private final boolean withDelivery;
        private final String description;
        private final ThreadLocal<WeakReference<Object>> last = new ThreadLocal<>();

        Invoker(BeanFactory beanFactory, Listener listener) {
            this.beanFactory = beanFactory;
            this.beanName = listener.beanName();
            this.method = listener.method();
            this.parameterType = ClassUtils.resolvePrimitiveIfNecessary(method.getParameterTypes()[0]);
            this.withDelivery = listener.withDelivery();
            this.description = listener.description();
            ReflectionUtils.makeAccessible(method);
        }

        @Override
        public @Nullable WebhookReply handle(WebhookEvent event) throws Exception {
            return invoke(event, null);
        }

        @Override
        public void handle(WebhookEvent event, Delivery delivery) throws Exception {
            invoke(event, delivery);
        }

        private @Nullable WebhookReply invoke(WebhookEvent event, @Nullable Delivery delivery) throws Exception {
            if (!parameterType.isInstance(event)) {
                return null;
            }
            WeakReference<Object> previous = last.get();
            if (previous != null && previous.get() == event) {
                return null;
            }
            last.set(new WeakReference<>(event));
            Object bean = beanFactory.getBean(beanName);
            Method target = method.getDeclaringClass().isInstance(bean)
                    ? method
                    : AopUtils.selectInvocableMethod(method, bean.getClass());
            try {
                return (WebhookReply)
                        (withDelivery ? target.invoke(bean, event, delivery) : target.invoke(bean, event));
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception exception) {
                    throw exception;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
