package dev.warden.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads Warden's own classes and its third-party dependencies from {@code inst/} inside the agent
 * jar, where class files are stored as {@code .classdata} so that no application class loader can
 * see them (the OpenTelemetry/Elastic scheme). Its parent is the platform loader: the application's
 * classes are invisible to Warden and Warden's copies of Jackson, Byte Buddy and Chronicle are
 * invisible to the application.
 */
final class IsolatedClassLoader extends ClassLoader {

    static final String PREFIX = "inst/";
    private static final String BOOTSTRAP_PACKAGE = "dev.warden.bootstrap.";

    static {
        registerAsParallelCapable();
    }

    private final JarFile jar;
    private final String jarUrlPrefix;
    private final ProtectionDomain domain;

    IsolatedClassLoader(File agentJar, ClassLoader parent) throws IOException {
        super("warden", parent);
        this.jar = new JarFile(agentJar, false);
        this.jarUrlPrefix = "jar:" + agentJar.toURI() + "!/";
        this.domain = new ProtectionDomain(new CodeSource(agentJar.toURI().toURL(), (Certificate[]) null), null, this, null);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/');
        JarEntry entry = jar.getJarEntry(PREFIX + path + ".classdata");
        // The bootstrap API normally comes from the bootstrap loader (agent mode). When the jar runs
        // as a CLI it is only on the application class path, so read it from the jar's top level.
        if (entry == null && name.startsWith(BOOTSTRAP_PACKAGE)) {
            entry = jar.getJarEntry(path + ".class");
        }
        if (entry == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes = read(entry);
        definePackageOf(name);
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot > 0) {
            String pkg = className.substring(0, dot);
            if (getDefinedPackage(pkg) == null) {
                try {
                    definePackage(pkg, null, null, null, null, null, null, null);
                } catch (IllegalArgumentException raced) {
                    // another thread defined it first: fine
                }
            }
        }
    }

    @Override
    protected URL findResource(String name) {
        JarEntry entry = jar.getJarEntry(isolatedName(name));
        if (entry == null) {
            return null;
        }
        try {
            return new URL(jarUrlPrefix + entry.getName());
        } catch (MalformedURLException e) {
            return null;
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(Collections.singletonList(url));
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        // Byte Buddy reads advice classes as resources ("x/Y.class"); serve them from .classdata.
        JarEntry entry = jar.getJarEntry(isolatedName(name));
        if (entry == null) {
            return super.getResourceAsStream(name);
        }
        try {
            return jar.getInputStream(entry);
        } catch (IOException e) {
            return null;
        }
    }

    private static String isolatedName(String name) {
        return PREFIX + (name.endsWith(".class") ? name + "data" : name);
    }

    private byte[] read(JarEntry entry) {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("warden: cannot read " + entry.getName() + " from the agent jar", e);
        }
    }
}
