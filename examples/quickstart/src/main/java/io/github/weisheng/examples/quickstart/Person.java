package io.github.weisheng.examples.quickstart;

import io.github.weisheng.resident.Resident;

/**
 * One synthetic resident with what the simulation decides for the year.
 *
 * @param resident the resident
 * @param household the index of the household (shared address) in the community
 * @param archived whether the resident gets a health archive
 * @param electronic whether the archive is electronic
 */
record Person(Resident resident, int household, boolean archived, boolean electronic) {}
