package dev.deployless.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Safe deployments, as {@code deployless.yaml}'s {@code deployment} or a feature's
 * {@code @Deployment} sets them: what is null is not set, and comes from the project, then from the
 * defaults ({@link #over}).
 *
 * @param enabled whether functions are deployed through an alias and CodeDeploy; null inherits
 * @param alias the alias ({@code AutoPublishAlias}), default {@code live}
 * @param type the SAM deployment preference type, default {@code AllAtOnce}
 * @param preTraffic the name of the function run before traffic shifts, or null
 * @param postTraffic the name of the function run after traffic shifted, or null
 * @param source the {@code @Deployment} annotation, or null for the project's
 */
public record DeploymentSettings(Boolean enabled, String alias, String type, String preTraffic,
    String postTraffic, Source source) {

  /** The alias when none is set. */
  public static final String DEFAULT_ALIAS = "live";
  /** The type when none is set. */
  public static final String DEFAULT_TYPE = "AllAtOnce";

  /** Nothing set: a feature inherits the project's deployment, a project has none. */
  public static final DeploymentSettings INHERIT = new DeploymentSettings(null, null, null, null, null, null);

  /** These settings (a feature's) over the {@code project}'s: off stays off. */
  public DeploymentSettings over(DeploymentSettings project) {
    if (Boolean.FALSE.equals(enabled)) {
      return this;
    }
    boolean on = Boolean.TRUE.equals(enabled) || Boolean.TRUE.equals(project.enabled);
    return new DeploymentSettings(on, alias != null ? alias : project.alias,
        type != null ? type : project.type, preTraffic, postTraffic, source != null ? source : project.source);
  }

  /** Whether functions are deployed through the alias. */
  public boolean on() {
    return Boolean.TRUE.equals(enabled);
  }

  /** The hooks by SAM's name ({@code PreTraffic}, {@code PostTraffic}): the functions' names. */
  public Map<String, String> hooks() {
    Map<String, String> hooks = new LinkedHashMap<>();
    if (preTraffic != null) {
      hooks.put("PreTraffic", preTraffic);
    }
    if (postTraffic != null) {
      hooks.put("PostTraffic", postTraffic);
    }
    return hooks;
  }

  /** The alias. */
  public String aliasName() {
    return alias != null ? alias : DEFAULT_ALIAS;
  }

  /** The deployment preference type. */
  public String typeName() {
    return type != null ? type : DEFAULT_TYPE;
  }
}
