/** Where customers live: a place drawn by weight, and points near its centre for visits. */
import { PLACE_TABLE, type Place } from './place-table';
import { type Rng, weighted } from './prng';

const PLACES = weighted(PLACE_TABLE);

export function randomPlace(rng: Rng): Place {
  return rng.draw(PLACES);
}

/** A point within a few kilometres of the place's centre, in 1e-8 degrees (scale 8). */
export function nearbyPoint(rng: Rng, place: Place): { latitude: number; longitude: number } {
  return {
    latitude: Math.round((place.latitude + rng.real(-0.03, 0.03)) * 1e8),
    longitude: Math.round((place.longitude + rng.real(-0.03, 0.03)) * 1e8),
  };
}
