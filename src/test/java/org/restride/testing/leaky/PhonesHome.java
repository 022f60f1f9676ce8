package org.restride.testing.leaky;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;

/** What the no-network rule must catch: a class that opens a socket, and one that opens a URL. Never run. */
public final class PhonesHome {
    private PhonesHome() {
    }

    public static void socket() throws IOException {
        try (Socket socket = new Socket("example.org", 443)) {
            socket.getOutputStream().write(1);
        }
    }

    public static InputStream url(URL url) throws IOException {
        return url.openStream();
    }
}
