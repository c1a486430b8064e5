package io.github.weisheng.spi.access;

/**
 * Decides whether a principal may perform an action on a resource. Implementations deny anything
 * they do not explicitly allow, and never throw for a well-formed question.
 *
 * @since 0.1.0
 */
public interface AccessPolicy {

  /**
   * Returns the policy's unique id, used for selection and in the audit trail.
   *
   * @return the id
   */
  String id();

  /**
   * Decides.
   *
   * @param principal who asks
   * @param action what they want to do
   * @param resource what it is about
   * @return the decision, with the deciding rule
   */
  Decision decide(Principal principal, Action action, Resource resource);
}
