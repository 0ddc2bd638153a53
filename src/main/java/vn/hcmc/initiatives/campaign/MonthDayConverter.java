package vn.hcmc.initiatives.campaign;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds settings such as {@code --01-15} (ISO-8601 month-day), which Spring does not convert by itself. */
@Component
@ConfigurationPropertiesBinding
class MonthDayConverter implements Converter<String, MonthDay> {

    @Override
    public MonthDay convert(String source) {
        try {
            return MonthDay.parse(source.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + source + "' is not a month-day like --01-15 (15 January)", e);
        }
    }
}
