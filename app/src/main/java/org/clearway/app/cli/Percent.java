package org.clearway.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A share written as {@code 5%} or {@code 5} (both mean five per cent). */
final class Percent implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        String v = value.trim();
        if (v.endsWith("%")) v = v.substring(0, v.length() - 1).trim();
        try {
            double d = Double.parseDouble(v);
            if (!(d >= 0 && d <= 100)) throw new TypeConversionException("'" + value + "' is not a share from 0 % to 100 %");
            return d;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a percentage such as 5%");
        }
    }
}
