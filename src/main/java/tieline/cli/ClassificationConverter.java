package tieline.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tieline.cable.Classification;

/** Reads a classification ceiling: a portion code (U, SBU, C, S, S/NF) or a full name (SECRET//NOFORN). */
final class ClassificationConverter implements ITypeConverter<Classification> {

    @Override
    public Classification convert(String value) {
        Classification c = Classification.parse(value);
        if (c == null) {
            throw new TypeConversionException("'" + value + "' is not a classification; use U, SBU, C, S, S/NF "
                    + "or a full name such as CONFIDENTIAL or SECRET//NOFORN");
        }
        return c;
    }
}
