package dev.authgate.settings;

import java.util.Map;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;

/**
 * A key of a settings file written without a value ({@code endpoint: null}, {@code cognito:}) keeps the setting's
 * default. Spring Boot's YAML loader reads such a key as an empty value, which binds to no value for a single
 * setting but cannot bind to a section, and which a strict handler would otherwise refuse as left unbound.
 */
final class ValuelessKeysKeepDefaults extends AbstractBindHandler {

    ValuelessKeysKeepDefaults(BindHandler parent) {
        super(parent);
    }

    @Override
    public <T> Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target, BindContext context) {
        if (isSection(target) && isValueless(name, context)) {
            return null;
        }
        return super.onStart(name, target, context);
    }

    @Override
    public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) throws Exception {
        if (result == null && isValueless(name, context)) {
            super.onSuccess(name, target, context, "");
        }
        super.onFinish(name, target, context, result);
    }

    private static boolean isSection(Bindable<?> target) {
        Class<?> type = target.getType().resolve(Object.class);
        return type.isRecord() || Map.class.isAssignableFrom(type);
    }

    private static boolean isValueless(ConfigurationPropertyName name, BindContext context) {
        for (ConfigurationPropertySource source : context.getSources()) {
            ConfigurationProperty property = source.getConfigurationProperty(name);
            if (property != null) {
                return String.valueOf(property.getValue()).isEmpty();
            }
        }
        return false;
    }
}
