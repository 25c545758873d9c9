package dev.warden.bootstrap;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What the agent does when the JDK has linked a lambda or method reference
 * ({@code LambdaMetafactory}): the lambda's class is a hidden class no transformer sees, so a
 * lambda implementing a guarded interface is handed back wrapped in something that is guarded.
 * Implemented in Warden's isolated class loader, like {@link Dispatcher}.
 */
public interface LambdaLinker {

    /**
     * @param caller the lookup of the class that evaluates the lambda
     * @param factoryType the call site's type: captured values to the functional interface
     * @param linked the call site the JDK built
     * @return the call site to use: {@code linked} itself for every lambda Warden does not guard
     */
    CallSite link(MethodHandles.Lookup caller, MethodType factoryType, CallSite linked);
}
