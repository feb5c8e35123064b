package io.tessera.platform.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The portal is one page for all tenants: {@code /t/{tenant}/...} is answered with the app's index, which reads
 * the tenant from the address; {@code /} leads to the portal's organisation picker.
 */
@WebFilter(urlPatterns = {"/t/*", "/"})
public class PortalRoutingFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/")) {
            res.sendRedirect(req.getContextPath() + "/portal/");
            return;
        }
        if (path.startsWith("/t/")) {
            if (path.indexOf('/', 3) < 0) {
                res.sendRedirect(req.getContextPath() + path + "/");
                return;
            }
            res.setHeader("Cache-Control", "no-cache");
            req.getRequestDispatcher("/portal/index.html").forward(req, res);
            return;
        }
        chain.doFilter(req, res);
    }
}
