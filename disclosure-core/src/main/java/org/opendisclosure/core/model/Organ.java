package org.opendisclosure.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

/**
 * A disclosing body (公开主体): county → department or township → village. Its {@code code} is
 * its stable identifier, usually its 统一社会信用代码; {@code indexPattern} is how its index numbers
 * (索引号) are formed, e.g. {@code {organCode}/{yyyy}-{seq:05}}.
 */
public record Organ(String code, String name, OrganLevel level, String parentCode, String indexPattern) {
  public static final String DEFAULT_INDEX_PATTERN = "{organCode}/{yyyy}-{seq:05}";
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.-]{0,63}");

  public Organ {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "must be 1–64 letters, digits, '.', '_' or '-'"));
    }
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "is required"));
    }
    if (level == null) {
      errors.add(new FieldError("level", "is required"));
    } else if (level == OrganLevel.COUNTY && parentCode != null) {
      errors.add(new FieldError("parentCode", "a county has no parent"));
    } else if (level != OrganLevel.COUNTY && parentCode == null) {
      errors.add(new FieldError("parentCode", "is required for a " + level));
    }
    if (indexPattern == null || indexPattern.isBlank()) {
      indexPattern = DEFAULT_INDEX_PATTERN;
    } else {
      errors.addAll(IndexNumberPattern.check(indexPattern));
    }
    ValidationException.throwIfAny(errors);
  }

  public Organ(String code, String name, OrganLevel level, String parentCode) {
    this(code, name, level, parentCode, null);
  }
}
