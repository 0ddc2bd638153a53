package vn.hcmc.initiatives.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A user logged into one of Camunda's web apps as a browser is: a session cookie, and the CSRF token the web apps
 * want back in a header with every change. Calls go to the web apps' own API ({@code /camunda/api/...}).
 */
public final class WebAppSession {

    private final Rest rest;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    private WebAppSession(Rest rest) {
        this.rest = rest;
    }

    /** Opens the app's page (which hands out the CSRF cookie) and logs in as the demo user. */
    public static WebAppSession loggedInto(Rest rest, String app, String user) throws IOException, InterruptedException {
        WebAppSession session = new WebAppSession(rest);
        session.browser.send(HttpRequest.newBuilder(URI.create(rest.url("/camunda/app/" + app + "/default/"))).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        URI.create(rest.url("/camunda/api/admin/auth/user/default/login/" + app)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
        if (login.statusCode() != 200) {
            throw new IllegalStateException(user + " could not log into " + app + ": " + login.body());
        }
        // The login starts a new session, which gets its token with its first request, as the app's next call does.
        session.get("/camunda/api/admin/auth/user/default");
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(rest.url(path))).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(rest.url(path))).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** With the CSRF token as the server last set it (it changes at login). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .reduce((first, last) -> last).ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
