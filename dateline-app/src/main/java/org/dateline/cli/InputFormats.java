package org.dateline.cli;

import org.dateline.page.InputFormat;
import picocli.CommandLine;

/** {@code --input-format}'s values for picocli: a wrong one is a usage error (exit status 2) naming the choices. */
final class InputFormats implements CommandLine.ITypeConverter<InputFormat> {

    @Override
    public InputFormat convert(String value) {
        try {
            return InputFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
