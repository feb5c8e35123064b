package io.tessera.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bean Validation of request bodies, with messages in the requester's language. A missing body and any
 * violation become a 400 problem listing each field; nothing is stored.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    ValidatorFactory factory;

    /** One validator per language (validators are thread-safe; building one per request is not free). */
    private final Map<Locale, Validator> validators = new ConcurrentHashMap<>();

    public <T> T validate(T dto, Locale locale) {
        if (dto == null) {
            throw ApiException.badRequest("body-required");
        }
        Set<ConstraintViolation<T>> violations = validators.computeIfAbsent(locale, this::validator).validate(dto);
        if (!violations.isEmpty()) {
            List<ApiException.FieldViolation> fields = violations.stream()
                    .map(v -> new ApiException.FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(ApiException.FieldViolation::field))
                    .toList();
            throw new ApiException(400, "invalid-input", fields);
        }
        return dto;
    }

    private Validator validator(Locale locale) {
        MessageInterpolator base = factory.getMessageInterpolator();
        MessageInterpolator localised = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale l) {
                if (template.startsWith("{tessera.") && template.endsWith("}")) {
                    return ProblemFactory.text(ProblemFactory.bundle(l),
                            template.substring(1, template.length() - 1), template);
                }
                return base.interpolate(template, context, l);
            }
        };
        return factory.usingContext().messageInterpolator(localised).getValidator();
    }
}
