package vn.hcmc.initiatives.config;

import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * MyBatis evaluates the conditions of Camunda's SQL mappings ({@code <if test="query.isOrQueryActive">}) with
 * OGNL. For a name that is not a bean property ({@code isOrQueryActive}, {@code shouldPerformAuthorizatioCheck},
 * or a plain field), OGNL looks for the method again on every evaluation: it copies every public method of the
 * class (a task query has about 300) and compares each name in lower case. Building the SQL of one task
 * query evaluates hundreds of conditions: the benchmark's task query took about 0.46 ms to build that way and
 * 0.17 ms with the lookups remembered (the benchmark prints both, {@code bench/TaskQuerySql}).
 *
 * <p>Here OGNL's answer is remembered per class and name. The answer is the same every time, because it depends
 * on nothing else: the bean getter if there is one, else the method OGNL's scan finds, else the field. The call
 * is OGNL's, with MyBatis's member access; once OGNL has let a public method of a public class through, it is
 * called directly, as OGNL then does. So the SQL is the same, built with less work.
 *
 * <p>OGNL's accessors are global to the JVM. The remembered lookup applies only to the engines this plugin is
 * installed in; any other engine in the JVM (the benchmark's raw engine) gets OGNL's lookup as it ships.
 */
@Component
class NoMethodScanInQueryConditions extends AbstractProcessEnginePlugin {

    static final RememberingAccessor ACCESSOR = new RememberingAccessor();

    static {
        // Before any engine evaluates a condition: OGNL keeps, per class, the accessor it found first.
        OgnlRuntime.setPropertyAccessor(Object.class, ACCESSOR);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ACCESSOR.installIn(configuration);
    }

    /** Object's property accessor, remembering the read method per class and name for the engines it serves. */
    static final class RememberingAccessor extends ObjectPropertyAccessor {

        private final Map<Class<?>, Map<String, Read>> reads = new ConcurrentHashMap<>();
        private volatile WeakReference<?>[] engines = new WeakReference<?>[0];

        synchronized void installIn(ProcessEngineConfigurationImpl configuration) {
            WeakReference<?>[] more = Arrays.stream(engines).filter(e -> e.get() != null)
                    .toArray(n -> new WeakReference<?>[n + 1]);
            more[more.length - 1] = new WeakReference<>(configuration);
            engines = more;
        }

        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            if (!servesCurrentEngine()) {
                return super.getPossibleProperty(context, target, name);
            }
            // What OgnlRuntime.getMethodValue(context, target, name, true) does, with the lookup remembered.
            Read read = reads.computeIfAbsent(target.getClass(), c -> new ConcurrentHashMap<>())
                    .computeIfAbsent(name, n -> Read.of(target.getClass(), n));
            try {
                if (read.method != null && context.getMemberAccess().isAccessible(context, target, read.method, name)) {
                    return read.invoke(target);
                }
                return OgnlRuntime.getFieldValue(context, target, name, true);
            } catch (InvocationTargetException e) {
                throw new OgnlException(name, e.getTargetException());
            } catch (IllegalAccessException | NoSuchFieldException e) {
                throw new OgnlException(name, e);
            }
        }

        boolean remembers(Class<?> type, String name) {
            return reads.getOrDefault(type, Map.of()).containsKey(name);
        }

        Set<Class<?>> classesRemembered() {
            return Set.copyOf(reads.keySet());
        }

        private boolean servesCurrentEngine() {
            ProcessEngineConfigurationImpl current = Context.getProcessEngineConfiguration();
            if (current == null) {
                return false;
            }
            for (WeakReference<?> engine : engines) {
                if (engine.get() == current) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The read method OGNL finds for a class and name (none: OGNL reads the field), and how OGNL calls it. */
    static final class Read {

        private final Method method;
        /** A public method of a public class: OGNL calls it with {@code Method.invoke}, unsynchronised. */
        private final boolean plain;
        /** OGNL called it once: its checks (methods it never calls, a security manager) let it through. */
        private volatile boolean allowed;

        private Read(Method method) {
            this.method = method;
            this.plain = method != null && Modifier.isPublic(method.getModifiers())
                    && Modifier.isPublic(method.getDeclaringClass().getModifiers())
                    && System.getProperty("ognl.security.manager") == null; // else OGNL sandboxes the call
        }

        static Read of(Class<?> type, String name) {
            Method getter = OgnlRuntime.getGetMethod(type, name);
            return new Read(getter != null ? getter : OgnlRuntime.getReadMethod(type, name, null));
        }

        Object invoke(Object target) throws InvocationTargetException, IllegalAccessException {
            if (plain && allowed) {
                return method.invoke(target);
            }
            Object value = OgnlRuntime.invokeMethod(target, method, OgnlRuntime.NoArguments);
            allowed = true;
            return value;
        }
    }
}
