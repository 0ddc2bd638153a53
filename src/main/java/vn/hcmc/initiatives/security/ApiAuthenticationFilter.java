package vn.hcmc.initiatives.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to the service's own API ({@code /api/*}) the way {@code /engine-rest} does (HTTP
 * Basic against the engine's users), and also accepts the session of a user logged into the Camunda web
 * apps, so that a Cockpit plugin can read without a second login. The session is trusted for reading
 * only: a state-changing call must carry credentials, which a cross-site form cannot forge.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProcessEngine engine;

    ApiAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdentityService identity = engine.getIdentityService();
        String userId = basicUser(request, identity);
        List<String> groups = null;
        if (userId == null && SAFE_METHODS.contains(request.getMethod())) {
            UserAuthentication session = sessionUser(request);
            if (session != null) {
                userId = session.getName();
                groups = new ArrayList<>(session.getGroupIds());
            }
        }
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"sang-kien\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\","
                    + "\"message\":\"Đăng nhập bằng HTTP Basic với tài khoản Camunda (authentication required)\"}");
            return;
        }
        if (groups == null) {
            groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        }
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        try {
            identity.setAuthentication(userId, groups, tenants);
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String basicUser(HttpServletRequest request, IdentityService identity) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private UserAuthentication sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user)) {
            return null;
        }
        return user;
    }
}
