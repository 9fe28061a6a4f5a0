/**
 * Synthetic demo data for the demo run only ({@code casebook.demo=true}): demo accounts for every
 * role and a few fictional people. Never loaded in a production configuration.
 */
package org.casebook.demo;
