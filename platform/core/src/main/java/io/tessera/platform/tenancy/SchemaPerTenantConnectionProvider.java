package io.tessera.platform.tenancy;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Routes Hibernate sessions to the tenant's schema. The schema is set with {@code set_config('search_path', ?, true)},
 * i.e. {@code SET LOCAL}: PostgreSQL drops it when the transaction ends, so a pooled connection can never carry one
 * tenant's schema into another request, and outside a transaction it has no effect at all (fail closed: the
 * default search path holds no tenant tables).
 *
 * <p>Hibernate instantiates this class by reflection, so it looks the datasource up in JNDI itself.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    public static final String DATASOURCE = "java:jboss/datasources/TesseraDS";
    /** Identifier used when no tenant is bound: a schema that never exists, so unqualified tables fail. */
    public static final String NO_TENANT = "tessera_no_tenant";

    private volatile DataSource dataSource;

    private DataSource dataSource() throws SQLException {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = (DataSource) new InitialContext().lookup(DATASOURCE);
            } catch (NamingException e) {
                throw new SQLException("datasource " + DATASOURCE + " not available", e);
            }
            dataSource = ds;
        }
        return ds;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        Connection connection = getAnyConnection();
        try (PreparedStatement ps = connection.prepareStatement("select set_config('search_path', ?, true)")) {
            ps.setString(1, tenantIdentifier);
            ps.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("cannot unwrap to " + unwrapType);
    }
}
