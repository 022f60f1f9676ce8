package org.restride.privacy;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.MulticastSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;
import org.restride.testing.leaky.PhonesHome;

/**
 * Restride opens no network connection, ever: no update checks, no telemetry, no fonts fetched. No class of the
 * app may use a socket, a URL connection or an HTTP client. URLs and URIs as names (such as resource URLs)
 * are fine; opening them is not.
 */
class NoNetworkTest {
    static final ArchRule NO_NETWORK = noClasses().that().resideInAPackage("org.restride..")
            .should().dependOnClassesThat(belongToAnyOf(Socket.class, ServerSocket.class, DatagramSocket.class,
                    MulticastSocket.class, URLConnection.class, HttpURLConnection.class, SocketChannel.class,
                    ServerSocketChannel.class, DatagramChannel.class, AsynchronousSocketChannel.class,
                    AsynchronousServerSocketChannel.class))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net..",
                    "java.rmi..", "javax.naming..", "javafx.scene.web..")
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openConnection", java.net.Proxy.class)
            .orShould().callMethod(URL.class, "openStream")
            .orShould().callMethod(URL.class, "getContent")
            .because("patient data is health data: Restride works offline and opens no connection");

    @Test
    void noClassOfTheAppOpensASocketOrAUrlConnection() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.restride");
        assertTrue(app.size() > 50, "the app's classes were found");
        NO_NETWORK.check(app);
    }

    @Test
    void theRuleCatchesASocketAndAnOpenedUrl() {
        JavaClasses leaky = new ClassFileImporter().importClasses(PhonesHome.class);
        String report = NO_NETWORK.evaluate(leaky).getFailureReport().toString();
        assertTrue(report.contains("java.net.Socket"), report);
        assertTrue(report.contains("URL.openStream()"), report);
    }
}
