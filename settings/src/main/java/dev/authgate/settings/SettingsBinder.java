package dev.authgate.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * The one way the {@code authgate.*} settings are bound: Spring Boot's {@link Binder} over configuration property
 * sources, from the functions' {@link Environment} or from a YAML settings file read by Spring Boot's own YAML
 * loader (the provisioner, and the tests' stack). So a key means the same in both, written in kebab case
 * ({@code min-length}), camel case ({@code minLength}, as the rocket's configuration has it) or snake case, and a
 * value converts the same way: the modes and the other named values by their own names, as configuration and
 * scripts write them.
 */
public final class SettingsBinder {

    private static final String PREFIX = "authgate";
    private static final Bindable<AuthgateSettings> SETTINGS = Bindable.of(AuthgateSettings.class);
    private static final List<ConversionService> CONVERSION = List.of(namedValues(), ApplicationConversionService.getSharedInstance());

    private SettingsBinder() {
    }

    /**
     * The functions' settings: Spring properties, the command line, environment variables such as
     * {@code AUTHGATE_MODE}, or {@code SPRING_APPLICATION_JSON}. Keys under {@code authgate} that are no setting are
     * ignored here, as the process environment may carry other {@code AUTHGATE_} variables (run-local.sh's
     * {@code AUTHGATE_PORT}).
     *
     * @throws BindException naming the property whose value is bad
     */
    public static AuthgateSettings fromEnvironment(Environment environment) {
        return new Binder(ConfigurationPropertySources.get(environment), new PropertySourcesPlaceholdersResolver(environment),
                CONVERSION, null, null, null)
                .bind(PREFIX, SETTINGS)
                .orElseGet(AuthgateSettings::defaults);
    }

    /**
     * The settings in a YAML file ({@code authgate: mode: Passwordless ...}); one without {@code authgate} keys gives
     * every default. A file is checked more strictly than an environment, as nothing else is written in it: a key
     * that is no setting, or one setting given in two spellings, is refused. A key written without a value keeps
     * the setting's default.
     *
     * @throws IllegalArgumentException naming the property, when the file is not YAML or a setting in it is refused
     */
    public static AuthgateSettings fromYaml(Resource yaml) {
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(yaml.getDescription(), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the settings in " + yaml.getDescription(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot read the settings in " + yaml.getDescription() + ": "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        }
        documents.forEach(SettingsBinder::refuseTwoSpellings);
        BindHandler strict = new ValuelessKeysKeepDefaults(new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
        try {
            return new Binder(ConfigurationPropertySources.from(documents), null, CONVERSION, null, null, null)
                    .bind(PREFIX, SETTINGS, strict)
                    .orElseGet(AuthgateSettings::defaults);
        } catch (BindException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    /** What a user reads: the properties refused, where they are in the file, and why. */
    private static String reason(BindException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof UnboundConfigurationPropertiesException unknown) {
            return unknown.getUnboundProperties().stream()
                    .map(property -> property.getName() + " is no setting (" + property.getOrigin() + ")")
                    .collect(Collectors.joining("; "));
        }
        String reason = cause.getMessage();
        return reason.contains(e.getName().toString()) ? reason : e.getName() + ": " + reason;
    }

    /** Spring would bind one of the two silently, and which one is not what the file's reader would guess. */
    private static void refuseTwoSpellings(PropertySource<?> document) {
        Map<ConfigurationPropertyName, String> keys = new HashMap<>();
        for (String key : ((EnumerablePropertySource<?>) document).getPropertyNames()) {
            String other = keys.putIfAbsent(ConfigurationPropertyName.adapt(key, '.'), key);
            if (other != null) {
                throw new IllegalArgumentException(other + " is given twice, in two spellings: " + other + " and " + key);
            }
        }
    }

    /**
     * Each named value read by its own type, so that a bad one is refused with the names there are; everything else
     * converts as Spring Boot converts it (which reads YAML's {@code off}, a boolean in YAML 1.1, as {@code OFF}).
     */
    private static ConversionService namedValues() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(String.class, AuthMode.class, named(AuthMode::fromContractName));
        conversion.addConverter(String.class, MfaSetting.class, named(MfaSetting::fromSettingName));
        conversion.addConverter(String.class, VerificationMethod.class, named(VerificationMethod::fromSettingName));
        conversion.addConverter(String.class, GatewaySettings.ErrorFormat.class, named(GatewaySettings.ErrorFormat::of));
        conversion.addConverter(String.class, RoleSettings.SignUpMethod.class, named(RoleSettings.SignUpMethod::of));
        return conversion;
    }

    /** An empty value is no value, as for Spring's own conversions. */
    private static <T> Converter<String, T> named(Function<String, T> byName) {
        return value -> value.isBlank() ? null : byName.apply(value.strip());
    }
}
