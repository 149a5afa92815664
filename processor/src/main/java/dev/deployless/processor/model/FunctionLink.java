package dev.deployless.processor.model;

/**
 * A link to another function of the application ({@code @Invokes}): the function it names may be
 * invoked by every function of the feature, or by the function of one method.
 *
 * @param name the linked function as written: a feature's name or a method's name
 * @param javaMethod the method that carries the link, or empty for a link of the whole feature
 * @param source the {@code @Invokes} annotation, null when read from the index
 */
public record FunctionLink(String name, String javaMethod, Source source) {

  /** The logical ID of the function the link names: {@code generateInvoice} is {@code GenerateInvoiceFunction}. */
  public String logicalId() {
    return Names.functionId(name);
  }

  /** The variable holding the function's name: {@code GENERATE_INVOICE_FUNCTION}. */
  public String nameVariable() {
    return Names.upperSnake(name) + "_FUNCTION";
  }

  /** The variable holding the function's ARN: {@code GENERATE_INVOICE_FUNCTION_ARN}. */
  public String arnVariable() {
    return nameVariable() + "_ARN";
  }

  /** The accessor on the resources class: {@code generate-invoice} gives {@code generateInvoice}. */
  public String methodName() {
    return Names.accessorName(name);
  }

  /** Whether the whole feature has the link, rather than one method's function. */
  public boolean featureWide() {
    return javaMethod.isEmpty();
  }
}
