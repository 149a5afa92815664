package dev.deployless.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API keys and usage plans of {@code api.api_keys}, {@code api.usage_plan} and
 * {@code api.usage_plans}. The simple form ({@code api_keys: true} or an existing key's id) is one
 * key in the one plan of {@code usage_plan}; the list form names plans of {@code usage_plans}.
 * API Gateway accepts a key only in a usage plan bound to the stage, so keys without a plan share an
 * unthrottled plan ({@link #DEFAULT_PLAN}).
 *
 * @param listForm whether {@code api_keys} is a list
 * @param keys the keys, in file order
 * @param plan the simple form's {@code usage_plan}, or null
 * @param plans the named {@code usage_plans}, in file order
 */
public record ApiKeys(boolean listForm, List<Key> keys, UsagePlan plan, Map<String, UsagePlan> plans) {
  /** The logical ID of the simple form's plan, and of the plan of keys without one. */
  public static final String DEFAULT_PLAN = "UsagePlan";
  /** The name of the simple form's generated key. */
  public static final String DEFAULT_KEY = "default";

  /**
   * One key.
   *
   * @param name the key's name, or null (an existing key of the list form may have none)
   * @param existing the id of a key that exists in AWS, or null to create one
   * @param plan the name of its plan in {@code usage_plans}, or null
   * @param enabled false for a key that answers 403 but stays in the stack
   * @param path the dotted yaml path of the entry, for messages ({@code api.api_keys[1]})
   */
  public record Key(String name, String existing, String plan, boolean enabled, String path) {

    /** The name the local server and messages show: the name, else the existing key's id. */
    public String displayName() {
      return name != null ? name : existing;
    }
  }

  /**
   * A usage plan; values not set are null.
   *
   * @param name its name in {@code usage_plans}, or null for {@code usage_plan}
   * @param path the dotted yaml path ({@code api.usage_plans.free}), for messages
   */
  public record UsagePlan(String name, Double rate, Long burst, Long quota, String period, String path) {

    /** The periods of a quota. */
    public static final List<String> PERIODS = List.of("DAY", "WEEK", "MONTH");
  }

  /** The keys the template creates (not those that exist already). */
  public List<Key> generated() {
    List<Key> generated = new ArrayList<>();
    for (Key key : keys) {
      if (key.existing() == null) {
        generated.add(key);
      }
    }
    return generated;
  }

  /** The suffix of a key's logical IDs: none in the simple form, else PascalCase of its name. */
  public String suffix(Key key) {
    return listForm ? Names.pascalCase(key.displayName()) : "";
  }

  /** The logical ID of a generated key: {@code ApiKey}, {@code ApiKeyClientEmpresa}. */
  public String keyId(Key key) {
    return "ApiKey" + suffix(key);
  }

  /** The output holding a generated key's id: {@code ApiKeyId}, {@code ApiKeyIdClientEmpresa}. */
  public String outputId(Key key) {
    return "ApiKeyId" + suffix(key);
  }

  /** The logical ID of the key's membership of its plan: {@code UsagePlanKey...}. */
  public String planKeyId(Key key) {
    return "UsagePlanKey" + suffix(key);
  }

  /** The logical ID of the plan {@code key} belongs to. */
  public String planId(Key key) {
    return listForm && key.plan() != null ? planId(key.plan()) : DEFAULT_PLAN;
  }

  /** The logical ID of the named plan {@code name}: {@code UsagePlanPremium}. */
  public static String planId(String name) {
    return DEFAULT_PLAN + Names.pascalCase(name);
  }

  /** Whether some key uses the unthrottled default plan (always in the simple form). */
  public boolean usesDefaultPlan() {
    for (Key key : keys) {
      if (planId(key).equals(DEFAULT_PLAN)) {
        return true;
      }
    }
    return false;
  }
}
