package cn.gov.wujin.selfcheck.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as {@code yyyy-MM} (自查 periods, month filters); anything else is refused with a message. */
@FacesConverter(forClass = YearMonth.class)
public class YearMonthConverter implements Converter<YearMonth> {

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("common.month.invalid"), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        return value == null ? "" : value.toString();
    }
}
