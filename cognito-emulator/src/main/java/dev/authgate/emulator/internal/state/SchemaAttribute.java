package dev.authgate.emulator.internal.state;

/** One attribute a pool's users may carry; custom ones are stored with their {@code custom:} prefix. */
public record SchemaAttribute(String name, String dataType, boolean mutable, boolean required) {
}
