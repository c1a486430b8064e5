package io.github.weisheng.examples.quickstart;

import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.resident.Resident;
import java.util.Set;

/**
 * One synthetic resident with what the simulation decides for the year.
 *
 * @param resident the resident
 * @param household the index of the household (shared address) in the community
 * @param archived whether the resident gets a health archive
 * @param electronic whether the archive is electronic
 * @param conditions the chronic conditions diagnosed (empty for most)
 * @param seed the person's own random seed: every programme draws this person's events from it, so
 *     that adding a programme leaves the others' figures as they were
 */
record Person(Resident resident, int household, boolean archived, boolean electronic, Set<ChronicCondition> conditions,
    long seed) {

  Person {
    conditions = Set.copyOf(conditions);
  }
}
