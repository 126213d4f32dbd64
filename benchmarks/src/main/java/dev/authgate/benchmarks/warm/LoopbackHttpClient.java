package dev.authgate.benchmarks.warm;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The thinnest HTTP/1.1 client there is, so that what the web edge's figures show is the server: one
 * keep-alive connection with TCP_NODELAY, each request written in one piece, the response read to its end
 * (by length or chunks). A new connection when the server closes one, as any keep-alive client does.
 */
final class LoopbackHttpClient {

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackHttpClient(int port) {
        this.port = port;
    }

    /** Sends the request and reads the whole response; answers its status. */
    int send(String method, String path, Map<String, String> headers, byte[] body) {
        try {
            connectIfNeeded();
            ByteArrayOutputStream request = new ByteArrayOutputStream(256 + (body == null ? 0 : body.length));
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            out.write(request.toByteArray());
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket == null) {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
    }

    private int readResponse() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                skip(size);
                line();
            }
            line();
        } else if (length > 0) {
            skip(length);
        }
        if (closes) {
            close();
        }
        return status;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("The server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("The server closed the connection");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone: nothing to release
            }
            socket = null;
        }
    }
}
